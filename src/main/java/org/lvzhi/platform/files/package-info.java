/**
 * Files attached to the records of any module (a petition's letters and photos; later a sitting's
 * materials, an appointment motion's papers): checked for size, number and real type before
 * anything is written, kept in the database with their SHA-256, and handed back to the module that
 * owns the record, which alone decides who may read them and writes the audit entries.
 */
@org.springframework.modulith.NamedInterface("files")
package org.lvzhi.platform.files;
