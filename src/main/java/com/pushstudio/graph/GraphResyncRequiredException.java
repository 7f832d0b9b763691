package com.pushstudio.graph;

/**
 * Graph answered 410 Gone to a delta link ({@code resyncRequired} and kin): it cannot
 * tell the changes since that link, so the list must be enumerated again from the start.
 */
public class GraphResyncRequiredException extends GraphException {

	private final String resyncLink;

	public GraphResyncRequiredException(String message) {
		this(message, null);
	}

	public GraphResyncRequiredException(String message, String resyncLink) {
		super(message, 410);
		this.resyncLink = resyncLink;
	}

	/**
	 * The link Graph's {@code Location} header gave to start over with, or null; it is
	 * followed like any other link, through {@link GraphClient#deltaPage}.
	 */
	public String resyncLink() {
		return this.resyncLink;
	}

}
