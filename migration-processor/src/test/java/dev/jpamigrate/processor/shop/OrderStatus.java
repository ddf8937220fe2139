package dev.jpamigrate.processor.shop;

public enum OrderStatus { NEW, PAID, SHIPPED, DELIVERED, CANCELLED }
