package org.lvzhi.demo;

/**
 * A demo sign-in, as the README and the start-up banner list it.
 *
 * @param role the role name ({@code ADMIN}, {@code STAFF}, …)
 * @param description who the account stands for, in Chinese
 */
public record DemoAccount(String username, String password, String role, String description) {
}
