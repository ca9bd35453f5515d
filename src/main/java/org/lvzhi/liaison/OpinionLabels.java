package org.lvzhi.liaison;

import java.util.Optional;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.search.FacetLabels;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The names of the opinion documents' facet values, for the search filters and the routing hint. */
final class OpinionLabels {

	private OpinionLabels() {
	}

	/** An opinion's state as the opinion pages name it. */
	@Component
	static class States implements FacetLabels {

		private final MessageSource messages;

		States(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		public String type() {
			return OpinionDocuments.TYPE;
		}

		@Override
		public String facet() {
			return SearchDocument.STATE;
		}

		@Override
		public Optional<String> label(String value) {
			try {
				OpinionState state = OpinionState.valueOf(value);
				return Optional.of(messages.getMessage("liaison.opinion.state." + state.name(), null,
						LocaleContextHolder.getLocale()));
			}
			catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		}
	}

	/**
	 * The body an opinion was forwarded to: a directory organization by its ID, named from the
	 * directory; a body the directory does not hold (most street offices) is its name already.
	 */
	@Component
	static class ForwardedTo implements FacetLabels {

		private final Directory directory;

		ForwardedTo(Directory directory) {
			this.directory = directory;
		}

		@Override
		public String type() {
			return OpinionDocuments.TYPE;
		}

		@Override
		public String facet() {
			return OpinionDocuments.FORWARDED_TO;
		}

		@Override
		public Optional<String> label(String value) {
			if (value == null || value.isBlank()) {
				return Optional.empty();
			}
			if (value.chars().allMatch(Character::isDigit)) {
				try {
					return directory.organization(new OrganizationId(Long.parseLong(value))).map(OrganizationView::name);
				}
				catch (NumberFormatException e) {
					return Optional.empty();
				}
			}
			return Optional.of(value);
		}
	}

	/** A station by its name. */
	@Component
	static class StationNames implements FacetLabels {

		private final Stations stations;

		StationNames(Stations stations) {
			this.stations = stations;
		}

		@Override
		public String type() {
			return OpinionDocuments.TYPE;
		}

		@Override
		public String facet() {
			return OpinionDocuments.STATION;
		}

		@Override
		public Optional<String> label(String value) {
			try {
				return stations.get(new StationId(Long.parseLong(value))).map(Station::name);
			}
			catch (NumberFormatException e) {
				return Optional.empty();
			}
		}
	}
}
