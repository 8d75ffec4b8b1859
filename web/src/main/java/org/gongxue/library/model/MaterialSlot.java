package org.gongxue.library.model;

/**
 * What a material is for in its lecture. Each slot has its own allow-list of real (detected) types
 * and its own size limit. Bundle keys {@code materialSlot.<NAME>}.
 */
public enum MaterialSlot {
    /** The lecture's video; one per lecture. */
    VIDEO,
    /** Slides: PDF, PPT, PPTX. */
    SLIDES,
    /** Documents and spreadsheets: PDF, DOC, DOCX, XLS, XLSX, ODT... */
    DOCUMENT,
    /** Subtitles of the video: SRT or WebVTT. */
    SUBTITLE,
    /** Pictures: PNG, JPEG, WebP. */
    IMAGE
}
