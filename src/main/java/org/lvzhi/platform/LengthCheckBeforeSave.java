package org.lvzhi.platform;

import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.conversion.MutableAggregateChange;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Every aggregate saved through a repository has its texts checked against their columns, so that
 * an over-long field is refused with a message instead of failing in the database.
 */
@Component
class LengthCheckBeforeSave implements BeforeSaveCallback<Object> {

	private final FieldLimits limits;
	private final RelationalMappingContext mapping;

	LengthCheckBeforeSave(FieldLimits limits, RelationalMappingContext mapping) {
		this.limits = limits;
		this.mapping = mapping;
	}

	@Override
	public Object onBeforeSave(Object aggregate, MutableAggregateChange<Object> change) {
		RelationalPersistentEntity<?> entity = mapping.getRequiredPersistentEntity(aggregate.getClass());
		PersistentPropertyAccessor<Object> values = entity.getPropertyAccessor(aggregate);
		String table = entity.getTableName().getReference();
		for (RelationalPersistentProperty property : entity) {
			if (property.getType() == String.class && values.getProperty(property) instanceof String value) {
				limits.length(table, property.getColumnName().getReference()).ifPresent(max -> {
					if (value.length() > max) {
						throw new FieldTooLong(max, value);
					}
				});
			}
		}
		return aggregate;
	}
}
