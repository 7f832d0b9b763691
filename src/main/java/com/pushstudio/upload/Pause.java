package com.pushstudio.upload;

import java.time.Instant;

/**
 * Not before {@code until}, because of {@code reason}.
 *
 * @param until when the next request may go
 * @param reason the limit that holds it back
 */
record Pause(Instant until, WaitReason reason) {

}
