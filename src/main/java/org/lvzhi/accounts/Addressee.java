package org.lvzhi.accounts;

/** An enabled account's e-mail address. */
public record Addressee(long accountId, String email) {
}
