import { RowTitle as RowTitle_e09c7807b7c3876eb45e546e98288e0b } from '../../../fields/RowTitle'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AutomaticItems as AutomaticItems_ef032568ede78b494273252a951fa41d } from '../../../fields/AutomaticItems'
import { ScheduledField as ScheduledField_abdb24575247497dc3936c79bfb96246 } from '../../../admin/Scheduled'
import { ScheduledCell as ScheduledCell_abdb24575247497dc3936c79bfb96246 } from '../../../admin/Scheduled'
import { SelectDiff as SelectDiff_77b8f2d13212d4e724ddb063770ef16b } from '../../../admin/SelectDiff'
import { NoDiff as NoDiff_4ea3d11a6eccdea1f2a3092fd34457bf } from '../../../admin/NoDiff'
import { InterestNamesCell as InterestNamesCell_18345ff53b3149c62572e9bb7d7c9c1d } from '../../../collections/FormSubmissions/components/InterestNames'
import { InterestNamesField as InterestNamesField_18345ff53b3149c62572e9bb7d7c9c1d } from '../../../collections/FormSubmissions/components/InterestNames'
import { HistoryField as HistoryField_e8a9382b3ed0cd758414d33dd4da8dea } from '../../../collections/FormSubmissions/components/HistoryField'
import { ExportCsvButton as ExportCsvButton_87a51a36f69d08df4c2e5106dcad86b7 } from '../../../collections/FormSubmissions/components/ExportCsvButton'
import { CurrentPasswordField as CurrentPasswordField_9837c9cf1651a2227d1afe82cddba151 } from '../../../collections/Users/components/CurrentPasswordField'
import { Icon as Icon_ecb2d425e0c47f2704e0f6c0188b49d0 } from '../../../admin/Icon'
import { Logo as Logo_8c3bf6d9c8d24e4e81ab6192a4938147 } from '../../../admin/Logo'
import { RecruitmentOverview as RecruitmentOverview_7e06cd5673f5ba06b163d371f7a64231 } from '../../../collections/FormSubmissions/components/RecruitmentOverview'
import { EnglishLeftovers as EnglishLeftovers_4f51a0a2c300341b513a5d6c0604eb52 } from '../../../admin/EnglishLeftovers'
import { KeepScheduleOnEscape as KeepScheduleOnEscape_f8c76f19c85dc9c0b5f113521dd51fab } from '../../../admin/KeepScheduleOnEscape'
import { NorwegianInputs as NorwegianInputs_5e29db1207193243e51c0d763b2e1902 } from '../../../admin/NorwegianInputs'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/fields/RowTitle#RowTitle": RowTitle_e09c7807b7c3876eb45e546e98288e0b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/fields/AutomaticItems#AutomaticItems": AutomaticItems_ef032568ede78b494273252a951fa41d,
  "/admin/Scheduled#ScheduledField": ScheduledField_abdb24575247497dc3936c79bfb96246,
  "/admin/Scheduled#ScheduledCell": ScheduledCell_abdb24575247497dc3936c79bfb96246,
  "/admin/SelectDiff#SelectDiff": SelectDiff_77b8f2d13212d4e724ddb063770ef16b,
  "/admin/NoDiff#NoDiff": NoDiff_4ea3d11a6eccdea1f2a3092fd34457bf,
  "/collections/FormSubmissions/components/InterestNames#InterestNamesCell": InterestNamesCell_18345ff53b3149c62572e9bb7d7c9c1d,
  "/collections/FormSubmissions/components/InterestNames#InterestNamesField": InterestNamesField_18345ff53b3149c62572e9bb7d7c9c1d,
  "/collections/FormSubmissions/components/HistoryField#HistoryField": HistoryField_e8a9382b3ed0cd758414d33dd4da8dea,
  "/collections/FormSubmissions/components/ExportCsvButton#ExportCsvButton": ExportCsvButton_87a51a36f69d08df4c2e5106dcad86b7,
  "/collections/Users/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_9837c9cf1651a2227d1afe82cddba151,
  "/admin/Icon#Icon": Icon_ecb2d425e0c47f2704e0f6c0188b49d0,
  "/admin/Logo#Logo": Logo_8c3bf6d9c8d24e4e81ab6192a4938147,
  "/collections/FormSubmissions/components/RecruitmentOverview#RecruitmentOverview": RecruitmentOverview_7e06cd5673f5ba06b163d371f7a64231,
  "/admin/EnglishLeftovers#EnglishLeftovers": EnglishLeftovers_4f51a0a2c300341b513a5d6c0604eb52,
  "/admin/KeepScheduleOnEscape#KeepScheduleOnEscape": KeepScheduleOnEscape_f8c76f19c85dc9c0b5f113521dd51fab,
  "/admin/NorwegianInputs#NorwegianInputs": NorwegianInputs_5e29db1207193243e51c0d763b2e1902,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
