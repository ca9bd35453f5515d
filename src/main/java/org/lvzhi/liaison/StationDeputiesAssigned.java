package org.lvzhi.liaison;

/**
 * A station's deputies were replaced: who may open its opinions changed with them. Internal to the
 * module.
 */
record StationDeputiesAssigned(StationId station) {
}
