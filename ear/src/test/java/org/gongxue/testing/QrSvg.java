package org.gongxue.testing;

import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a QR code drawn by the platform as SVG (one unit square per dark module) back to its text
 * with ZXing's decoder, as a phone's camera would after finding the modules.
 */
public final class QrSvg {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    /** The quiet zone around the symbol, in modules; the decoder wants the symbol alone. */
    private static final int MARGIN = 4;

    private QrSvg() {
    }

    public static String decode(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new IllegalArgumentException("Not a QR code SVG: " + svg);
        }
        int size = Integer.parseInt(box.group(1)) - 2 * MARGIN;
        BitMatrix symbol = new BitMatrix(size);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            symbol.set(Integer.parseInt(module.group(1)) - MARGIN, Integer.parseInt(module.group(2)) - MARGIN);
        }
        try {
            return new Decoder().decode(symbol).getText();
        } catch (FormatException | ChecksumException e) {
            throw new IllegalArgumentException("Unreadable QR code", e);
        }
    }
}
