package dev.jpamigrate.processor.shop;

public enum Tier { BRONZE, SILVER, GOLD }
