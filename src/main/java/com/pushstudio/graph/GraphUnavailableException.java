package com.pushstudio.graph;

/** Microsoft Graph could not be reached or did not answer in time. */
public class GraphUnavailableException extends GraphException {

	public GraphUnavailableException(String message, Throwable cause) {
		super(message, 0, cause);
	}

}
