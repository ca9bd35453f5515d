/**
 * The routing hint: petitions handed to a body are indexed by the search module (their subject and
 * matter, with the petitioner's personal data struck out, and the body as a facet), so that the
 * office sees which bodies similar matters went to before it routes a new one.
 */
package org.lvzhi.petitions.routing;
