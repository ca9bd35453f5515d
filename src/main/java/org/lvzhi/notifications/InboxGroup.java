package org.lvzhi.notifications;

import java.util.List;

/**
 * The notifications a reader has about one record: the newest stands for the group.
 *
 * @param total how many notices the record brought
 * @param waiting how many of them are neither read nor settled
 * @param categories their kinds, most frequent first
 */
record InboxGroup(StoredNotification latest, long total, long waiting, List<String> categories) {
}
