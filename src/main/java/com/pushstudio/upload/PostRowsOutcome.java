package com.pushstudio.upload;

import java.time.Duration;

import com.pushstudio.account.TokenUnavailableException;
import com.pushstudio.powerbi.PowerBiServerException;
import com.pushstudio.powerbi.PowerBiThrottledException;
import com.pushstudio.powerbi.PowerBiUnavailableException;

/**
 * How one Post Rows request ended, as far as exactly once cares: whether its rows may
 * have landed.
 *
 * @param retryAfter for a 429, what Power BI said, or {@code null}
 * @param error for {@link Kind#FAILED}, what ends the job
 */
record PostRowsOutcome(Kind kind, Duration retryAfter, RuntimeException error) {

	enum Kind {

		/** Answered 200. */
		LANDED,
		/** Answered 429: refused, nothing landed. */
		THROTTLED,
		/** It never left (no token, no connection): nothing landed. */
		NOT_SENT,
		/** A 5xx, a time-out or a reset after sending: the rows may have landed. */
		UNCERTAIN,
		/** Refused for good (bad rows, no access, table gone) or unforeseen. */
		FAILED

	}

	/** Runs the request and says how it ended; never throws. */
	static PostRowsOutcome of(Runnable request) {
		try {
			request.run();
			return new PostRowsOutcome(Kind.LANDED, null, null);
		}
		catch (PowerBiThrottledException ex) {
			return new PostRowsOutcome(Kind.THROTTLED, ex.retryAfter(), null);
		}
		catch (PowerBiServerException ex) {
			return new PostRowsOutcome(Kind.UNCERTAIN, null, null);
		}
		catch (PowerBiUnavailableException ex) {
			return new PostRowsOutcome(ex.mayHaveBeenApplied() ? Kind.UNCERTAIN : Kind.NOT_SENT, null, null);
		}
		catch (TokenUnavailableException ex) {
			return new PostRowsOutcome(Kind.NOT_SENT, null, null);
		}
		catch (RuntimeException ex) {
			return new PostRowsOutcome(Kind.FAILED, null, ex);
		}
	}

}
