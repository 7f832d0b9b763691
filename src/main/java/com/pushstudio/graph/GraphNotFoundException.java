package com.pushstudio.graph;

/**
 * Graph answered 404: the site, list or item is not there, or not visible to the user.
 */
public class GraphNotFoundException extends GraphException {

	public GraphNotFoundException(String message) {
		super(message, 404);
	}

}
