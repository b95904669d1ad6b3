import ExcelJS from 'exceljs';
import { Sheet } from './export-format';

/** Euro amounts as numbers with a euro format, so sums and filters work in the spreadsheet. */
export const EURO_FORMAT = '#,##0.00 "€";-#,##0.00 "€"';
export const DATE_FORMAT = 'dd.mm.yyyy';

/** One worksheet with a bold, frozen header row; amounts and dates as real cell values. */
export async function xlsxOf(sheet: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Allmende';
  const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  worksheet.getRow(1).font = { bold: true };
  for (const cells of sheet.rows) {
    const row = worksheet.addRow([]);
    cells.forEach((cell, index) => {
      if (cell === null) return;
      const target = row.getCell(index + 1);
      switch (cell.kind) {
        case 'text':
          target.value = cell.value;
          break;
        case 'int':
          target.value = cell.value;
          break;
        case 'money':
          // Cents to euros as a number is what a spreadsheet keeps anyway; amounts stay far below 2^53 cents.
          target.value = Number(cell.cents) / 100;
          target.numFmt = EURO_FORMAT;
          break;
        case 'date': {
          const [y, m, d] = cell.value.split('-').map(Number);
          target.value = new Date(Date.UTC(y, m - 1, d));
          target.numFmt = DATE_FORMAT;
          break;
        }
      }
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
