package org.lvzhi.platform;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The secret ballots of open votes, kept in memory only, never in the database, a log or an event
 * until the vote closes: then they come out shuffled (a {@link SecureRandom}), to be written all at
 * once in the closing transaction. A module that holds secret votes keeps one box of its own (a
 * bean extending this class), keyed by its vote's id. Casting holds a vote's read lock while the
 * member's "has voted" row commits in a transaction of its own and the choice goes into the box;
 * closing holds the write lock, so a close sees every ballot whose voter row it counts, and the box
 * and the voter rows always agree unless the application stopped during the vote (then the vote
 * cannot close and must be held again).
 */
public class SecretBallotBox {

	private final Map<Long, List<String>> boxes = new ConcurrentHashMap<>();
	private final Map<Long, ReentrantReadWriteLock> locks = new ConcurrentHashMap<>();
	private final SecureRandom random = new SecureRandom();

	public ReentrantReadWriteLock lock(long voteId) {
		return locks.computeIfAbsent(voteId, id -> new ReentrantReadWriteLock(true));
	}

	public void add(long voteId, String choice) {
		boxes.computeIfAbsent(voteId, id -> Collections.synchronizedList(new ArrayList<>())).add(choice);
	}

	public int size(long voteId) {
		List<String> box = boxes.get(voteId);
		return box == null ? 0 : box.size();
	}

	/** The vote's ballots in a random order (the box stays until {@link #discard}). */
	public List<String> shuffled(long voteId) {
		List<String> box = boxes.get(voteId);
		List<String> copy;
		synchronized (box == null ? this : box) {
			copy = box == null ? new ArrayList<>() : new ArrayList<>(box);
		}
		Collections.shuffle(copy, random);
		return copy;
	}

	public void discard(long voteId) {
		boxes.remove(voteId);
		locks.remove(voteId);
	}
}
