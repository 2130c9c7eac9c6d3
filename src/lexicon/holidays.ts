/** rules/holidays.json: public holidays by year, the lunar new year, and the holidays a deadline may name. */
import { z } from 'zod'
import { readRulesFile, rulesView } from './core.js'

export const Holiday = z.object({ date: z.string(), name: z.string() })
/** A holiday a deadline may name: a fixed day, or (lunar) the name of its entry in `years`. */
export const NamedHoliday = z.object({ names: z.array(z.string()).min(1), month: z.number().int().optional(), day: z.number().int().optional(), lunar: z.string().optional(), examples: z.array(z.string()).min(1) })
export const HolidaysFile = z.object({ description: z.string(), years: z.record(z.string(), z.array(Holiday)), tet: z.record(z.string(), z.string()), named: z.array(NamedHoliday).default([]) })

export type HolidayRules = z.infer<typeof HolidaysFile>

/** holidays.json validated, once per process (or afresh from another rules folder). */
export const holidayRules = rulesView((dir): HolidayRules => readRulesFile(HolidaysFile, 'holidays.json', dir))
