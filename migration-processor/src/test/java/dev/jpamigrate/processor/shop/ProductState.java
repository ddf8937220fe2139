package dev.jpamigrate.processor.shop;

public enum ProductState { DRAFT, LISTED, RETIRED }
