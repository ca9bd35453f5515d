/**
 * What the oversight pages of every room share: who may read and move what
 * ({@link org.lvzhi.oversight.web.OversightAccess}) and the names of persons and bodies a page shows
 * ({@link org.lvzhi.oversight.web.Names}). Internal to the oversight module.
 */
package org.lvzhi.oversight.web;
