// The tables are inline constexpr variables: one object per program, so two
// translation units must see the same addresses.
#include <smtpcodes/smtpcodes.hpp>

#include <doctest/doctest.h>

const void* smtpcodes_reply_table_address_tu2();
const void* smtpcodes_row_550_address_tu2();
const void* smtpcodes_class_table_address_tu2();
const void* smtpcodes_enhanced_table_address_tu2();

TEST_CASE("the reply table is one object across translation units") {
  CHECK(static_cast<const void*>(&smtpcodes::all_replies()) == smtpcodes_reply_table_address_tu2());
  CHECK(static_cast<const void*>(smtpcodes::find(550)) == smtpcodes_row_550_address_tu2());
  CHECK(static_cast<const void*>(&smtpcodes::info(smtpcodes::reply_class::transient_negative)) ==
        smtpcodes_class_table_address_tu2());
  CHECK(smtpcodes_row_550_address_tu2() != nullptr);
  CHECK(static_cast<const void*>(&smtpcodes::all_enhanced_statuses()) ==
        smtpcodes_enhanced_table_address_tu2());
}
