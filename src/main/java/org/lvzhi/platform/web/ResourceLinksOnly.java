package org.lvzhi.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Thymeleaf passes every link through the response's {@code encodeURL}, where the resource URL
 * filter looks each one up among the static resource patterns. Only the webjars' links change
 * there (their version is put into the path); page links never do, and a list page has dozens of
 * them (5 % of the directory list's CPU). Session IDs are never put into links
 * (Spring Security's {@code DisableEncodeUrlFilter}), so nothing else is lost.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinksOnly {

	static final String WEBJARS = "/webjars/";

	@Bean
	static BeanPostProcessor resourceLinksOnlyBuilder() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new Builder());
				}
				return bean;
			}
		};
	}

	static final class Builder extends StandardLinkBuilder {

		@Override
		protected String processLink(IExpressionContext context, String link) {
			return link.contains(WEBJARS) ? super.processLink(context, link) : link;
		}
	}
}
