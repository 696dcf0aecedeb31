### problems：输入或请求有误时的说明（docs/rules.md §13）。
### 问题为 `problem-<code>`；字段名为 `field-<name>`。

problem-of-field = { $field }：{ $problem }

## 窗口的数据存储
problem-store-closed = 恢复失败后维修单数据已关闭：请关闭 fixdesk 后重新打开
problem-restored-not-reopened = 备份已恢复，但数据库无法重新打开（{ $problem }）；请关闭 fixdesk 后重新打开
problem-not-restored-not-reopened = 备份未恢复，且数据库无法重新打开（{ $problem }）；请关闭 fixdesk 后重新打开
