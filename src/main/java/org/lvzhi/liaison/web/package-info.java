/**
 * What every liaison page shares: who may see and do what at the stations
 * ({@link org.lvzhi.liaison.web.LiaisonAccess}), the menu entries and home tiles, and the deputies'
 * names a page shows. Internal to the liaison module.
 */
package org.lvzhi.liaison.web;
