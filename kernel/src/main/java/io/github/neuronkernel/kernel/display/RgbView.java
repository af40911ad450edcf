package io.github.neuronkernel.kernel.display;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * A view of an opaque {@code TYPE_INT_RGB} image, sharing its pixels, that ImageIO's PNG writer
 * reads quickly.
 *
 * <p>The writer asks for each row's samples with {@code Raster.getPixels}, which the JDK's sample
 * model answers one sample at a time through virtual calls: three calls per pixel, 770,000 for a
 * 640x400 chart, often before the JIT compiler has got to them. The view's sample model answers
 * with one loop over the row's ints, and is the JDK's own model otherwise. The image is painted as
 * it is: Java2D paints an image with a sample model of ours through its slow general loops (and
 * with slightly different edges), so only the writer sees the view.
 */
final class RgbView {
    private static final int[] MASKS = {0xff0000, 0xff00, 0xff};
    private static final DirectColorModel RGB = new DirectColorModel(24, MASKS[0], MASKS[1], MASKS[2]);

    private RgbView() {}

    /** @return a view of the image if it is a plain {@code TYPE_INT_RGB} image, else the image */
    static RenderedImage of(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB
                || !(image.getSampleModel() instanceof SinglePixelPackedSampleModel model)
                || model.getScanlineStride() != image.getWidth()
                || !(image.getRaster().getDataBuffer() instanceof DataBufferInt data)
                || data.getNumBanks() != 1 || data.getOffset() != 0
                || image.getRaster().getSampleModelTranslateX() != 0
                || image.getRaster().getSampleModelTranslateY() != 0) {
            return image;
        }
        var rows = new RowSampleModel(image.getWidth(), image.getHeight());
        return new BufferedImage(RGB, Raster.createWritableRaster(rows, data, null), false, null);
    }

    /** The JDK's packed model for {@code 0xRRGGBB} ints, with a one-loop {@link #getPixels}. */
    private static final class RowSampleModel extends SinglePixelPackedSampleModel {
        RowSampleModel(int width, int height) {
            super(DataBuffer.TYPE_INT, width, height, MASKS);
        }

        /** Keeps the fast reads for copies of a region (the JDK 17 writer copies each row). */
        @Override
        public SampleModel createCompatibleSampleModel(int w, int h) {
            return new RowSampleModel(w, h);
        }

        @Override
        public int[] getPixels(int x, int y, int w, int h, int[] iArray, DataBuffer data) {
            if (!(data instanceof DataBufferInt ints) || x < 0 || y < 0 || w < 0 || h < 0
                    || x + w > getWidth() || y + h > getHeight()) {
                return super.getPixels(x, y, w, h, iArray, data); // its checks and its exceptions
            }
            int[] out = iArray != null ? iArray : new int[3 * w * h];
            int[] pixels = ints.getData();
            int k = 0;
            for (int row = y; row < y + h; row++) {
                int start = data.getOffset() + getOffset(x, row);
                for (int i = start; i < start + w; i++) {
                    int rgb = pixels[i];
                    out[k] = (rgb >> 16) & 0xff;
                    out[k + 1] = (rgb >> 8) & 0xff;
                    out[k + 2] = rgb & 0xff;
                    k += 3;
                }
            }
            return out;
        }
    }
}
