/**
 * The Taiyuan 2023 demo world: a deterministic generator that fills an empty installation with
 * the 15th municipal congress, its standing committee, the bodies under oversight, deputies of
 * five levels and one account per role. Modules add to it with
 * {@link org.lvzhi.demo.DemoContributor} beans, each drawing from its own seed-derived random.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo world")
package org.lvzhi.demo;
