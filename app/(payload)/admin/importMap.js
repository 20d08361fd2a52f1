import { WorkflowActions as WorkflowActions_66b4f36787253afaa66730616d3330aa } from '../../../components/admin/WorkflowActions'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { MoneyCell as MoneyCell_6f5e6e782d36f9f3a19a1ebbba920cfc } from '../../../components/admin/MoneyField'
import { MoneyField as MoneyField_6f5e6e782d36f9f3a19a1ebbba920cfc } from '../../../components/admin/MoneyField'
import { WeMiStatusField as WeMiStatusField_863b2fb5e198cba2cb7db4a8f726872b } from '../../../components/admin/WeMiStatusField'
import { PaymentAccountPanel as PaymentAccountPanel_8ee6a07b2d1d94733387cae586684ba7 } from '../../../components/admin/PaymentAccountPanel'
import { DeskDay as DeskDay_295425a6269c17ff6a886cfaae3cf819 } from '../../../components/admin/DeskDay'
import { ConsentVersionCell as ConsentVersionCell_bcc70728a6eeae8adcb5ee69fc69aee8 } from '../../../components/admin/ConsentVersion'
import { ConsentVersionField as ConsentVersionField_bcc70728a6eeae8adcb5ee69fc69aee8 } from '../../../components/admin/ConsentVersion'
import { ThreadPanel as ThreadPanel_c31ceaebc5974e9a4df75810bb1f19e9 } from '../../../components/admin/ThreadPanel'
import { GroupPanel as GroupPanel_d5f4ec1c4785810a48059f15e6319728 } from '../../../components/admin/GroupPanel'
import { ReceiptLink as ReceiptLink_255644382aba7c96992b3ac6a11b3ed3 } from '../../../components/admin/ReceiptLink'
import { VoucherExportLink as VoucherExportLink_cc5cfe70885d98e65099d5b3c709475d } from '../../../components/admin/VoucherExportLink'
import { CareMatches as CareMatches_035e1c4b8b97c87a48b4439e556d6cf9 } from '../../../components/admin/CareMatches'
import { HousingPanel as HousingPanel_a7900a8b8329df40138285360182e98c } from '../../../components/admin/HousingPanel'
import { CompanyCreditPanel as CompanyCreditPanel_577e7dbee15acad8ca5ea8fa6537e92b } from '../../../components/admin/CompanyCreditPanel'
import { TodayQueues as TodayQueues_7a8be294ae83a279095351aee066819e } from '../../../components/admin/TodayQueues'
import { VisitsNavLink as VisitsNavLink_418b85e100ee0ad776a2692f9ccd815d } from '../../../components/admin/VisitsNavLink'
import { InsightsNavLink as InsightsNavLink_3f36e0f42b0c5eab66503e3b97a7da68 } from '../../../components/admin/insights/InsightsNavLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { OperatorVisits as OperatorVisits_8289d2ff94f04b845454a2e5a8c40b66 } from '../../../components/admin/OperatorVisits'
import { InsightsView as InsightsView_daa64d11034908fbb26843f5bbaf7fe7 } from '../../../components/admin/insights/InsightsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/WorkflowActions#WorkflowActions": WorkflowActions_66b4f36787253afaa66730616d3330aa,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/MoneyField#MoneyCell": MoneyCell_6f5e6e782d36f9f3a19a1ebbba920cfc,
  "/components/admin/MoneyField#MoneyField": MoneyField_6f5e6e782d36f9f3a19a1ebbba920cfc,
  "/components/admin/WeMiStatusField#WeMiStatusField": WeMiStatusField_863b2fb5e198cba2cb7db4a8f726872b,
  "/components/admin/PaymentAccountPanel#PaymentAccountPanel": PaymentAccountPanel_8ee6a07b2d1d94733387cae586684ba7,
  "/components/admin/DeskDay#DeskDay": DeskDay_295425a6269c17ff6a886cfaae3cf819,
  "/components/admin/ConsentVersion#ConsentVersionCell": ConsentVersionCell_bcc70728a6eeae8adcb5ee69fc69aee8,
  "/components/admin/ConsentVersion#ConsentVersionField": ConsentVersionField_bcc70728a6eeae8adcb5ee69fc69aee8,
  "/components/admin/ThreadPanel#ThreadPanel": ThreadPanel_c31ceaebc5974e9a4df75810bb1f19e9,
  "/components/admin/GroupPanel#GroupPanel": GroupPanel_d5f4ec1c4785810a48059f15e6319728,
  "/components/admin/ReceiptLink#ReceiptLink": ReceiptLink_255644382aba7c96992b3ac6a11b3ed3,
  "/components/admin/VoucherExportLink#VoucherExportLink": VoucherExportLink_cc5cfe70885d98e65099d5b3c709475d,
  "/components/admin/CareMatches#CareMatches": CareMatches_035e1c4b8b97c87a48b4439e556d6cf9,
  "/components/admin/HousingPanel#HousingPanel": HousingPanel_a7900a8b8329df40138285360182e98c,
  "/components/admin/CompanyCreditPanel#CompanyCreditPanel": CompanyCreditPanel_577e7dbee15acad8ca5ea8fa6537e92b,
  "/components/admin/TodayQueues#TodayQueues": TodayQueues_7a8be294ae83a279095351aee066819e,
  "/components/admin/VisitsNavLink#VisitsNavLink": VisitsNavLink_418b85e100ee0ad776a2692f9ccd815d,
  "/components/admin/insights/InsightsNavLink#InsightsNavLink": InsightsNavLink_3f36e0f42b0c5eab66503e3b97a7da68,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/admin/OperatorVisits#OperatorVisits": OperatorVisits_8289d2ff94f04b845454a2e5a8c40b66,
  "/components/admin/insights/InsightsView#InsightsView": InsightsView_daa64d11034908fbb26843f5bbaf7fe7,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
