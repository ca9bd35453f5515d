package org.lvzhi.search;

/**
 * Published by a module when a record must no longer be found (e.g. a withdrawn draft).
 */
public record DocumentRemoved(String type, String id) {
}
