package dev.jpamigrate.processor.shop;

public enum Placement { FRONT, BACK }
