package org.storyline.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostPlotTest {

    @Test
    void writesAPngOfTheCheckpoints(@TempDir Path dir) throws IOException {
        List<Checkpoint> points = List.of(
                new Checkpoint(10_000, 15, 500, 500, 2000, 1900, 30, 200, 400, 900, 10_000, 6000, 60_000),
                new Checkpoint(100_000, 120, 400, 380, 2600, 2400, 40, 150, 500, 1000, 20_000, 9000, 90_000));
        Path png = dir.resolve("plots/scale.png");
        CostPlot.write(points, "test", png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(image.getHeight()).isGreaterThan(400);
    }

    @Test
    void axisTopsAreRoundNumbers() {
        assertThat(CostPlot.niceCeiling(4708)).isEqualTo(5000);
        assertThat(CostPlot.niceCeiling(2100)).isEqualTo(2500);
        assertThat(CostPlot.niceCeiling(0.9)).isEqualTo(1);
        assertThat(CostPlot.niceCeiling(0)).isEqualTo(1);
    }
}
