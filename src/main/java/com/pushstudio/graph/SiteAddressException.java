package com.pushstudio.graph;

/**
 * What was given as a site's address is not one: nothing was asked of Graph.
 */
public class SiteAddressException extends GraphException {

	public SiteAddressException(String message) {
		super(message, 0);
	}

}
