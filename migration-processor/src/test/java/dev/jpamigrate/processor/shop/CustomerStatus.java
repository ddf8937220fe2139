package dev.jpamigrate.processor.shop;

public enum CustomerStatus { PROSPECT, ACTIVE, SUSPENDED, CLOSED }
