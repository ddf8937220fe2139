package com.acme.library;

/** Uses the getter that Lombok writes: the compile fails if Lombok's processor does not run. */
public class Catalogue {
    public String titleOf(Book book) {
        return book.getTitle();
    }
}
