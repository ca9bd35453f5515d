/**
 * What every module shares: the page layout, the navigation and home-page extension points,
 * locale switching and error pages. It holds no business rules of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.lvzhi.platform;
