package org.lvzhi.suggestions.bills;

import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * A bill is filed only when enough deputies have signed it, the lead deputy counted (代表十人以上联名,
 * {@code lvzhi.bills.minimum-deputies}); a co-signer who was asked but has not signed does not count.
 */
record SignatureThreshold(int minimumDeputies) {

	void requireMetBy(List<PersonId> signedDeputies) {
		int signed = signedDeputies.size();
		if (signed < minimumDeputies) {
			throw new BillException("bills.error.tooFewDeputies", minimumDeputies, signed);
		}
	}
}
