package org.lvzhi.platform.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one way a refused form keeps what was typed, for every form of every module. A post is
 * refused when its handler answers with a refusal message ({@code errorKey}, in the model when the
 * form is shown again, in the flash attributes when it redirects back to a page) or with a binding
 * result that has errors. The posted values then travel with the answer as a {@link RefusedForm},
 * and {@link KeepTypedTextDialect} fills the form posting to the same address with them. Controllers
 * do nothing for it beyond saying why they refused.
 */
@Configuration(proxyBeanMethods = false)
class RefusedForms implements WebMvcConfigurer {

	static final String ERROR_KEY = "errorKey";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new KeepOnRefusal());
	}

	@Bean
	KeepTypedTextDialect keepTypedTextDialect() {
		return new KeepTypedTextDialect();
	}

	static final class KeepOnRefusal implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView mav) {
			if (mav == null || !"POST".equalsIgnoreCase(request.getMethod())) {
				return;
			}
			String view = mav.getViewName();
			if (view != null && view.startsWith("redirect:")) {
				FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
				if (flash != null && flash.containsKey(ERROR_KEY)) {
					flash.put(RefusedForm.ATTRIBUTE, RefusedForm.of(request));
				}
				return;
			}
			if (refused(mav.getModel())) {
				mav.addObject(RefusedForm.ATTRIBUTE, RefusedForm.of(request));
			}
		}

		private static boolean refused(Map<String, Object> model) {
			if (model.get(ERROR_KEY) != null) {
				return true;
			}
			return model.values().stream().anyMatch(v -> v instanceof BindingResult b && b.hasErrors());
		}
	}
}
