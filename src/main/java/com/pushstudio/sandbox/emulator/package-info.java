/**
 * The standalone emulator ({@code --emulator}): the sandbox alone, at the root of its own
 * host over HTTPS, for trying azure mode offline and for other projects' CI, as Azurite
 * is for Azure Storage.
 */
package com.pushstudio.sandbox.emulator;
