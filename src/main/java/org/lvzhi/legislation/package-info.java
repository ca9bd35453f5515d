/**
 * Legislation: the library of laws and regulations in force, and legislative projects whose
 * drafts are kept as structure (编/章/节/条/款/项), one version per reading, compared article by
 * article with the customary comparison table (修改对照表).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legislation")
package org.lvzhi.legislation;
