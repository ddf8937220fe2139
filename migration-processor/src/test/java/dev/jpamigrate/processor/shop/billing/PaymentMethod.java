package dev.jpamigrate.processor.shop.billing;

public enum PaymentMethod { CARD, TRANSFER, INVOICE }
