import * as migration_20261126_045144_initial from './20261126_045144_initial'
import * as migration_20261126_061101_catalogue_search from './20261126_061101_catalogue_search'
import * as migration_20261126_064316_search_text_dropped from './20261126_064316_search_text_dropped'
import * as migration_20261126_092240_marketplace from './20261126_092240_marketplace'
import * as migration_20261126_143034_digital_identity from './20261126_143034_digital_identity'
import * as migration_20261126_150500_account_controls from './20261126_150500_account_controls'
import * as migration_20261126_151130_rate_limits from './20261126_151130_rate_limits'
import * as migration_20261126_153105_desk_appointments from './20261126_153105_desk_appointments'
import * as migration_20261126_171403_desk_booking from './20261126_171403_desk_booking'
import * as migration_20261126_173626_consents from './20261126_173626_consents'
import * as migration_20261126_173918_desk_assistance from './20261126_173918_desk_assistance'
import * as migration_20261126_181827_privacy from './20261126_181827_privacy'
import * as migration_20261126_184321_home_care_visits from './20261126_184321_home_care_visits'
import * as migration_20261202_170122_confirmed_identity from './20261202_170122_confirmed_identity'
import * as migration_20261203_043332_everyday_use from './20261203_043332_everyday_use'
import * as migration_20261203_071736_sharing from './20261203_071736_sharing'
import * as migration_20261203_105613_sharing_terms from './20261203_105613_sharing_terms'
import * as migration_20261203_112814_domestic_work_pay from './20261203_112814_domestic_work_pay'
import * as migration_20261203_142558_care_work from './20261203_142558_care_work'
import * as migration_20261203_174530_insights from './20261203_174530_insights'
import * as migration_20261203_180601_payment_onboarding from './20261203_180601_payment_onboarding'
import * as migration_20261203_222358_enti_apply from './20261203_222358_enti_apply'
import * as migration_20261203_224948_accessibility_declaration from './20261203_224948_accessibility_declaration'
import * as migration_20261204_022906_feedback_and_disservice_reports from './20261204_022906_feedback_and_disservice_reports'
import * as migration_20261204_225005_city_wording from './20261204_225005_city_wording'
import * as migration_20261205_061655_upload_storage_fields from './20261205_061655_upload_storage_fields'
import * as migration_20261205_092431_app_io_messages from './20261205_092431_app_io_messages'
import * as migration_20261205_093734_temporary_housing from './20261205_093734_temporary_housing'
import * as migration_20261205_134036_housing_notices from './20261205_134036_housing_notices'
import * as migration_20261205_170938_company_welfare from './20261205_170938_company_welfare'

export const migrations = [
  {
    up: migration_20261126_045144_initial.up,
    down: migration_20261126_045144_initial.down,
    name: '20261126_045144_initial',
  },
  {
    up: migration_20261126_061101_catalogue_search.up,
    down: migration_20261126_061101_catalogue_search.down,
    name: '20261126_061101_catalogue_search',
  },
  {
    up: migration_20261126_064316_search_text_dropped.up,
    down: migration_20261126_064316_search_text_dropped.down,
    name: '20261126_064316_search_text_dropped',
  },
  {
    up: migration_20261126_092240_marketplace.up,
    down: migration_20261126_092240_marketplace.down,
    name: '20261126_092240_marketplace',
  },
  {
    up: migration_20261126_143034_digital_identity.up,
    down: migration_20261126_143034_digital_identity.down,
    name: '20261126_143034_digital_identity',
  },
  {
    up: migration_20261126_150500_account_controls.up,
    down: migration_20261126_150500_account_controls.down,
    name: '20261126_150500_account_controls',
  },
  {
    up: migration_20261126_151130_rate_limits.up,
    down: migration_20261126_151130_rate_limits.down,
    name: '20261126_151130_rate_limits',
  },
  {
    up: migration_20261126_153105_desk_appointments.up,
    down: migration_20261126_153105_desk_appointments.down,
    name: '20261126_153105_desk_appointments',
  },
  {
    up: migration_20261126_171403_desk_booking.up,
    down: migration_20261126_171403_desk_booking.down,
    name: '20261126_171403_desk_booking',
  },
  {
    up: migration_20261126_173626_consents.up,
    down: migration_20261126_173626_consents.down,
    name: '20261126_173626_consents',
  },
  {
    up: migration_20261126_173918_desk_assistance.up,
    down: migration_20261126_173918_desk_assistance.down,
    name: '20261126_173918_desk_assistance',
  },
  {
    up: migration_20261126_181827_privacy.up,
    down: migration_20261126_181827_privacy.down,
    name: '20261126_181827_privacy',
  },
  {
    up: migration_20261126_184321_home_care_visits.up,
    down: migration_20261126_184321_home_care_visits.down,
    name: '20261126_184321_home_care_visits',
  },
  {
    up: migration_20261202_170122_confirmed_identity.up,
    down: migration_20261202_170122_confirmed_identity.down,
    name: '20261202_170122_confirmed_identity',
  },
  {
    up: migration_20261203_043332_everyday_use.up,
    down: migration_20261203_043332_everyday_use.down,
    name: '20261203_043332_everyday_use',
  },
  {
    up: migration_20261203_071736_sharing.up,
    down: migration_20261203_071736_sharing.down,
    name: '20261203_071736_sharing',
  },
  {
    up: migration_20261203_105613_sharing_terms.up,
    down: migration_20261203_105613_sharing_terms.down,
    name: '20261203_105613_sharing_terms',
  },
  {
    up: migration_20261203_112814_domestic_work_pay.up,
    down: migration_20261203_112814_domestic_work_pay.down,
    name: '20261203_112814_domestic_work_pay',
  },
  {
    up: migration_20261203_142558_care_work.up,
    down: migration_20261203_142558_care_work.down,
    name: '20261203_142558_care_work',
  },
  {
    up: migration_20261203_174530_insights.up,
    down: migration_20261203_174530_insights.down,
    name: '20261203_174530_insights',
  },
  {
    up: migration_20261203_180601_payment_onboarding.up,
    down: migration_20261203_180601_payment_onboarding.down,
    name: '20261203_180601_payment_onboarding',
  },
  {
    up: migration_20261203_222358_enti_apply.up,
    down: migration_20261203_222358_enti_apply.down,
    name: '20261203_222358_enti_apply',
  },
  {
    up: migration_20261203_224948_accessibility_declaration.up,
    down: migration_20261203_224948_accessibility_declaration.down,
    name: '20261203_224948_accessibility_declaration',
  },
  {
    up: migration_20261204_022906_feedback_and_disservice_reports.up,
    down: migration_20261204_022906_feedback_and_disservice_reports.down,
    name: '20261204_022906_feedback_and_disservice_reports',
  },
  {
    up: migration_20261204_225005_city_wording.up,
    down: migration_20261204_225005_city_wording.down,
    name: '20261204_225005_city_wording',
  },
  {
    up: migration_20261205_061655_upload_storage_fields.up,
    down: migration_20261205_061655_upload_storage_fields.down,
    name: '20261205_061655_upload_storage_fields',
  },
  {
    up: migration_20261205_092431_app_io_messages.up,
    down: migration_20261205_092431_app_io_messages.down,
    name: '20261205_092431_app_io_messages',
  },
  {
    up: migration_20261205_093734_temporary_housing.up,
    down: migration_20261205_093734_temporary_housing.down,
    name: '20261205_093734_temporary_housing',
  },
  {
    up: migration_20261205_134036_housing_notices.up,
    down: migration_20261205_134036_housing_notices.down,
    name: '20261205_134036_housing_notices',
  },
  {
    up: migration_20261205_170938_company_welfare.up,
    down: migration_20261205_170938_company_welfare.down,
    name: '20261205_170938_company_welfare',
  },
]
