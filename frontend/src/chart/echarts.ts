// The only place ECharts is imported: just the parts the dashboard draws with, SVG renderer only.
// Tooltips, event lines and period bands are drawn without ECharts' tooltip, markLine and
// markArea components, which would cost about 20 KB gzip of the 200 KB budget.
import * as echarts from "echarts/core";
import { LineChart, ScatterChart } from "echarts/charts";
import { GridComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([LineChart, ScatterChart, GridComponent, SVGRenderer]);

export { echarts };
