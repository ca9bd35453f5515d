/**
 * Users, roles and data scopes: sign-in with hashed passwords and lock-out after repeated
 * failures, public registration, and the administrator's account management.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.lvzhi.accounts;
