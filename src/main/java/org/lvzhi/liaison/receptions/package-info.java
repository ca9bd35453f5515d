/** The pages of reception days: scheduling, recording who came, and the opinions taken that day. */
package org.lvzhi.liaison.receptions;
