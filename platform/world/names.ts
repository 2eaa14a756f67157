/**
 * The common surnames seeded people are drawn from (residents, party members), in the order the
 * seeds' random draws index them: reordering changes every seeded name. One character each.
 */
export const SURNAMES: readonly string[] = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧'];
