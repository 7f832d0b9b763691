package com.pushstudio.powerbi;

/**
 * No complete answer arrived: the connection failed, timed out, or dropped mid-answer.
 * For a write that got sent, Power BI may have applied it; repeating a Post Rows then
 * risks duplicate rows, so the caller must tell this from a clean refusal.
 */
public class PowerBiUnavailableException extends PowerBiException {

	private final boolean mayHaveBeenApplied;

	PowerBiUnavailableException(boolean mayHaveBeenApplied, Throwable cause) {
		super(mayHaveBeenApplied ? "Power BI did not answer in time; the change may or may not have been applied."
				: "Power BI could not be reached; try again in a while.", PowerBiError.none(), cause);
		this.mayHaveBeenApplied = mayHaveBeenApplied;
	}

	/**
	 * Whether a write was sent and may have taken effect. {@code false} for reads and
	 * when the connection could not even be opened.
	 */
	public boolean mayHaveBeenApplied() {
		return this.mayHaveBeenApplied;
	}

	@Override
	public boolean retryable() {
		return true;
	}

}
