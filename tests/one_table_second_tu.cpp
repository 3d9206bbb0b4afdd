// Second translation unit for test_one_table.cpp: returns the addresses this
// TU sees for the inline constexpr tables.
#include <smtpcodes/smtpcodes.hpp>

const void* smtpcodes_reply_table_address_tu2() { return &smtpcodes::all_replies(); }
const void* smtpcodes_row_550_address_tu2() { return smtpcodes::find(550); }
const void* smtpcodes_class_table_address_tu2() {
  return &smtpcodes::info(smtpcodes::reply_class::transient_negative);
}
const void* smtpcodes_enhanced_table_address_tu2() { return &smtpcodes::all_enhanced_statuses(); }
