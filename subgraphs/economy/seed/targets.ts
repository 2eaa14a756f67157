import { NANKAI_2012_TARGETS } from './documented.js';
import { NANKAI, type EconomyWorld } from './world.js';

/** 南开区's 2012 work-plan targets (002). */
export function buildTargets(world: EconomyWorld): void {
  for (const target of NANKAI_2012_TARGETS) {
    world.targets.push({
      _id: `tgt-${NANKAI}-2012-${target.key}`,
      divisionCode: NANKAI,
      year: 2012,
      ...target,
      source: '002 中共南开区委2012年工作要点',
    });
  }
}
