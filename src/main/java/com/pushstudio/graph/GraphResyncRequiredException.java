package com.pushstudio.graph;

/**
 * Graph answered 410 Gone to a delta link ({@code resyncRequired} and kin): it cannot
 * tell the changes since that link, so the list must be enumerated again from the start.
 */
public class GraphResyncRequiredException extends GraphException {

	public GraphResyncRequiredException(String message) {
		super(message, 410);
	}

}
