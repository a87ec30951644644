/**
 * What the server found when it re-ran a sale, as a sentence for the manager. The sale mutator
 * writes its flags as `CODE: detail` (packages/sync sale-complete*.ts and sale-loyalty.ts); a
 * flag this till does not know is shown as it came.
 */
export interface SaleFlag {
  code: string;
  text: string;
}

const OVER_REDEMPTION = /^OVER_REDEMPTION: customer (\S+) redeemed (\d+) points with (-?\d+); shortfall (\d+)$/;
const TOTAL_MISMATCH = /^TOTAL_MISMATCH: till (-?\d+), server (-?\d+)$/;

export function describeSaleFlag(flag: string, names: { customer: (id: string) => string | undefined; money: (minor: number) => string; points: (n: number) => string }): SaleFlag {
  const code = /^([A-Z_]+)(?::|$)/.exec(flag)?.[1] ?? 'FLAG';
  const over = OVER_REDEMPTION.exec(flag);
  if (over) {
    const [, customerId, redeemed, balance, shortfall] = over;
    const who = names.customer(customerId!) ?? 'A customer';
    return {
      code,
      text: `${who} redeemed ${names.points(Number(redeemed))} points offline but had ${names.points(Number(balance))} when the sale reached the server: ${names.points(Number(shortfall))} points short (redeemed at another till meanwhile). The sale stands; their balance is negative until a manager settles it.`,
    };
  }
  const mismatch = TOTAL_MISMATCH.exec(flag);
  if (mismatch) return { code, text: `The till charged ${names.money(Number(mismatch[1]))}; the server priced the sale at ${names.money(Number(mismatch[2]))}.` };
  return { code, text: flag };
}
