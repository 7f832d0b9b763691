package com.pushstudio.graph;

/**
 * Graph answered 403: the user's token does not carry {@code Sites.Read.All}, or the user
 * may not read that site.
 */
public class GraphPermissionException extends GraphException {

	public GraphPermissionException(String message) {
		super(message, 403);
	}

}
